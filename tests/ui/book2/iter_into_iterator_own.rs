// iterators: IntoIterator for an owned collection type, by value and by reference
struct Playlist {
    title: String,
    songs: Vec<String>,
}

impl IntoIterator for Playlist {
    type Item = String;
    type IntoIter = std::vec::IntoIter<String>;
    fn into_iter(self) -> Self::IntoIter {
        self.songs.into_iter()
    }
}

impl<'a> IntoIterator for &'a Playlist {
    type Item = &'a String;
    type IntoIter = std::slice::Iter<'a, String>;
    fn into_iter(self) -> Self::IntoIter {
        self.songs.iter()
    }
}

impl Playlist {
    fn new(title: &str) -> Self {
        Playlist { title: title.to_string(), songs: Vec::new() }
    }
    fn add(&mut self, s: &str) -> &mut Self {
        self.songs.push(s.to_string());
        self
    }
    fn iter(&self) -> std::slice::Iter<'_, String> {
        self.songs.iter()
    }
}

fn main() {
    let mut p = Playlist::new("road trip");
    p.add("intro").add("highway").add("sunset");

    for song in &p {
        println!("[{}] {}", p.title, song);
    }
    let longest = p.iter().max_by_key(|s| s.len()).unwrap();
    println!("longest: {longest}");

    let mut total = 0;
    for (i, song) in p.iter().enumerate() {
        total += song.len() * (i + 1);
    }
    println!("weighted length {total}");

    let upper: Vec<String> = p.into_iter().map(|s| s.to_uppercase()).collect();
    println!("{:?}", upper);
}
