// a playlist that iterates its tracks mutably and calls a &mut self logging method inside the loop
struct Track {
    title: String,
    seconds: u32,
}

struct Playlist {
    tracks: Vec<Track>,
    log: Vec<String>,
}

impl Playlist {
    fn note(&mut self, msg: String) {
        self.log.push(msg);
    }

    fn total(&self) -> u32 {
        self.tracks.iter().map(|t| t.seconds).sum()
    }

    fn normalize(&mut self, cap: u32) {
        for track in self.tracks.iter_mut() {
            if track.seconds > cap {
                track.seconds = cap;
                self.note(format!("trimmed {}", track.title));
            }
        }
    }
}

fn main() {
    let mut p = Playlist {
        tracks: vec![
            Track { title: String::from("intro"), seconds: 90 },
            Track { title: String::from("epic"), seconds: 420 },
        ],
        log: vec![],
    };
    p.normalize(300);
    println!("total {}s, log {:?}", p.total(), p.log);
}
