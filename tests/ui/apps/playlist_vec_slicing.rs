// Vec/slice APIs: split_off, chunks_exact, concat, join on nested Vecs, binary_search_by, sort_by_cached_key, swap_remove
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Song {
    artist: String,
    title: String,
    secs: u32,
}

fn song(a: &str, t: &str, secs: u32) -> Song {
    Song { artist: a.to_string(), title: t.to_string(), secs }
}

fn fmt_time(secs: u32) -> String {
    format!("{}:{:02}", secs / 60, secs % 60)
}

fn main() {
    let mut list = vec![
        song("Nova", "Orbit", 215),
        song("Aria", "Rain", 187),
        song("Nova", "Dust", 243),
        song("Kilo", "Echo", 199),
        song("Aria", "Sun", 160),
        song("Zed", "Fog", 301),
    ];
    list.sort();
    let titles: Vec<&str> = list.iter().map(|s| s.title.as_str()).collect();
    println!("sorted: {}", titles.join(", "));

    let pos = list.binary_search_by(|s| s.artist.as_str().cmp("Kilo"));
    println!("Kilo at {:?}", pos);

    list.sort_by_cached_key(|s| std::cmp::Reverse(s.secs));
    println!("longest first: {:?}", list.iter().map(|s| fmt_time(s.secs)).collect::<Vec<_>>());

    let second_half = list.split_off(3);
    println!("kept {} moved {}", list.len(), second_half.len());

    let durations: Vec<u32> = second_half.iter().chain(list.iter()).map(|s| s.secs).collect();
    for pair in durations.chunks_exact(2) {
        println!("pair total {}", fmt_time(pair[0] + pair[1]));
    }
    let sides = vec![vec!["A1", "A2"], vec!["B1"], vec![], vec!["C1", "C2"]];
    println!("concat {:?}", sides.concat());
    let joined: Vec<String> = sides.iter().map(|s| s.join("+")).collect();
    println!("joined {:?}", joined);

    let mut queue = second_half.clone();
    let removed = queue.swap_remove(0);
    println!("removed {} now {:?}", removed.title, queue.iter().map(|s| &s.title).collect::<Vec<_>>());
    let total: u32 = list.iter().chain(&second_half).map(|s| s.secs).sum();
    println!("total {}", fmt_time(total));
}
