// a playlist type with IntoIterator for both the value and a reference, Index, a
// fully qualified trait fn, Box::from errors and `?` in main
use std::error::Error;
use std::ops::Index;

#[derive(Debug)]
struct Track { title: String, secs: u32 }

struct Playlist { name: String, tracks: Vec<Track> }

trait Named {
    fn kind() -> &'static str;
    fn label(&self) -> String;
}

impl Named for Playlist {
    fn kind() -> &'static str { "playlist" }
    fn label(&self) -> String { format!("{} ({} tracks)", self.name, self.tracks.len()) }
}

impl Named for Track {
    fn kind() -> &'static str { "track" }
    fn label(&self) -> String { format!("{} {}:{:02}", self.title, self.secs / 60, self.secs % 60) }
}

impl IntoIterator for Playlist {
    type Item = Track;
    type IntoIter = std::vec::IntoIter<Track>;
    fn into_iter(self) -> Self::IntoIter { self.tracks.into_iter() }
}

impl<'a> IntoIterator for &'a Playlist {
    type Item = &'a Track;
    type IntoIter = std::slice::Iter<'a, Track>;
    fn into_iter(self) -> Self::IntoIter { self.tracks.iter() }
}

impl Index<usize> for Playlist {
    type Output = Track;
    fn index(&self, i: usize) -> &Track { &self.tracks[i] }
}

fn parse_track(line: &str) -> Result<Track, Box<dyn Error>> {
    let (title, time) = line.rsplit_once(' ').ok_or_else(|| Box::<dyn Error>::from(format!("no time in {line:?}")))?;
    let (m, s) = time.split_once(':').ok_or_else(|| -> Box<dyn Error> { Box::from("time needs a colon") })?;
    let secs = m.parse::<u32>()? * 60 + s.parse::<u32>()?;
    Ok(Track { title: title.trim().to_string(), secs })
}

fn main() -> Result<(), Box<dyn Error>> {
    let lines = ["Intro 1:05", "Long Road 4:30", "bad", "Sunset 3:x", "Coda 0:59", "Nope 12"];
    let mut tracks = Vec::new();
    for l in lines {
        match parse_track(l) {
            Ok(t) => tracks.push(t),
            Err(e) => println!("skip: {e}"),
        }
    }
    let p = Playlist { name: "drive".into(), tracks };
    println!("{}: {}", <Playlist as Named>::kind(), p.label());
    for t in &p {
        println!("  {} / {}", Track::kind(), t.label());
    }
    let longest = (&p).into_iter().max_by_key(|t| t.secs).map(|t| t.title.as_str());
    println!("longest {:?}, first {}", longest, p[0].title);
    let total: u32 = p.tracks.iter().map(|t| t.secs).sum();
    println!("total {}m{}s", total / 60, total % 60);
    let titles: Vec<String> = p.into_iter().map(|t| t.title.to_uppercase()).collect();
    println!("{titles:?}");
    let last = parse_track("Outro 9:99x")?;
    println!("unreachable {}", last.title);
    Ok(())
}
