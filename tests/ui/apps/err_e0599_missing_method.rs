// rejected E0599: calling a method the struct never defines (typo'd name) in a playlist app
use std::time::Duration;

#[derive(Debug, Clone)]
struct Track {
    title: String,
    secs: u64,
}

struct Playlist {
    name: String,
    tracks: Vec<Track>,
}

impl Playlist {
    fn new(name: &str) -> Self {
        Playlist { name: name.to_string(), tracks: Vec::new() }
    }

    fn add(&mut self, title: &str, secs: u64) {
        self.tracks.push(Track { title: title.to_string(), secs });
    }

    fn total_duration(&self) -> Duration {
        Duration::from_secs(self.tracks.iter().map(|t| t.secs).sum())
    }

    fn longest(&self) -> Option<&Track> {
        self.tracks.iter().max_by_key(|t| t.secs)
    }
}

fn main() {
    let mut p = Playlist::new("road trip");
    p.add("intro", 95);
    p.add("highway", 241);
    p.add("outro", 130);
    println!("{} lasts {:?}", p.name, p.total_duration());
    if let Some(t) = p.longest() {
        println!("longest: {} ({}s)", t.title, t.secs);
    }
    p.shuffle_tracks();
    for t in &p.tracks {
        println!("- {}", t.title);
    }
}
