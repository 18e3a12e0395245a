#[derive(Debug)]
struct Track {
    name: String,
    secs: u32,
}

fn main() {
    let dup = vec![1, 2, 2, 2, 2, 3, 5, 5, 8];
    for x in [0, 2, 4, 5, 8, 9] {
        println!("{} -> {:?}", x, dup.binary_search(&x));
    }
    let mut calls = 0;
    let r = dup.binary_search_by(|p| {
        calls += 1;
        p.cmp(&5)
    });
    println!("{:?} after {} calls", r, calls);
    let tracks = vec![
        Track { name: "a".to_string(), secs: 60 },
        Track { name: "b".to_string(), secs: 120 },
        Track { name: "c".to_string(), secs: 120 },
        Track { name: "d".to_string(), secs: 300 },
    ];
    println!("{:?}", tracks.binary_search_by_key(&120, |t| t.secs));
    println!("{:?}", tracks.binary_search_by_key(&200, |t| t.secs));
    let split = tracks.partition_point(|t| t.secs < 100);
    println!("split at {} ({})", split, tracks[split].name);
    let empty: Vec<i32> = Vec::new();
    println!("{:?} {}", empty.binary_search(&3), empty.partition_point(|x| *x < 3));
    let words = ["ant", "bee", "cat", "dog"];
    println!("{:?}", words[1..].binary_search_by(|w| w.len().cmp(&3).then(w.cmp(&"cat"))));
    println!("{:?}", tracks[0]);
}
