// mutation: sort_by_key's key borrows from the element (its F is higher-ranked, unlike binary_search_by_key's)
// Sorting and searching: sort_by_key, sort_unstable_by, sort_by with then_with,
// binary_search, dedup, retain, and a ranking with ties.
use std::cmp::{Ordering, Reverse};

#[derive(Debug, Clone, PartialEq)]
struct Player {
    name: String,
    score: u32,
    level: u8,
}

fn player(name: &str, score: u32, level: u8) -> Player {
    Player { name: name.into(), score, level }
}

fn rank(players: &[Player]) -> Vec<(usize, &str, u32)> {
    let mut sorted: Vec<&Player> = players.iter().collect();
    sorted.sort_by(|a, b| b.score.cmp(&a.score).then_with(|| a.name.cmp(&b.name)));
    let mut out = Vec::new();
    let mut rank = 0;
    let mut prev = None;
    for (i, p) in sorted.iter().enumerate() {
        if prev != Some(p.score) {
            rank = i + 1;
            prev = Some(p.score);
        }
        out.push((rank, p.name.as_str(), p.score));
    }
    out
}

fn main() {
    let mut players = vec![
        player("mia", 820, 3),
        player("li", 990, 5),
        player("ola", 820, 2),
        player("ben", 400, 1),
        player("zoe", 990, 4),
        player("ana", 120, 1),
    ];
    for (r, n, s) in rank(&players) {
        println!("{:>2}. {:<4} {}", r, n, s);
    }

    players.sort_by_key(|p| p.name.as_str());
    println!("{:?}", players.iter().map(|p| &p.name[..]).collect::<Vec<_>>());
    players.sort_by_key(|p| Reverse(p.name.len()));
    println!("{:?}", players.iter().map(|p| p.name.clone()).collect::<Vec<_>>());
    players.sort_unstable_by(|a, b| a.name.cmp(&b.name));
    println!("{:?}", players.iter().map(|p| p.name.as_str()).collect::<Vec<_>>());
    match players.binary_search_by(|p| p.name.as_str().cmp("ola")) {
        Ok(i) => println!("found ola at {}", i),
        Err(i) => println!("ola would go at {}", i),
    }
    match players.binary_search_by_key(&"kim", |p| p.name.as_str()) {
        Ok(i) => println!("found kim at {}", i),
        Err(i) => println!("kim would go at {}", i),
    }

    let mut nums = vec![5, 3, 8, 3, 3, 9, 1, 8, 5, 5, 2];
    nums.sort();
    println!("sorted {:?}", nums);
    nums.dedup();
    println!("dedup {:?}", nums);
    println!("search 8 -> {:?}, 4 -> {:?}", nums.binary_search(&8), nums.binary_search(&4));
    nums.retain(|&x| x % 2 == 1);
    println!("odd {:?}", nums);

    let mut words = vec!["delta", "Alpha", "charlie", "bravo", "alpha", "Echo"];
    words.sort();
    println!("{:?}", words);
    words.sort_by_key(|w| w.to_lowercase());
    println!("{:?}", words);
    words.dedup_by_key(|w| w.to_lowercase());
    println!("{:?}", words);

    let mut floats = vec![2.5, -1.0, 9.75, 0.0, 3.25];
    floats.sort_by(|a, b| b.partial_cmp(a).unwrap_or(Ordering::Equal));
    println!("{:?}", floats);
    let max = floats.iter().cloned().fold(f64::MIN, f64::max);
    println!("max {}", max);

    let mut pairs = vec![(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y')];
    pairs.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    println!("{:?}", pairs);
    let mut grid = vec![vec![3, 1], vec![1, 2, 3], vec![], vec![1, 2]];
    grid.sort();
    println!("{:?}", grid);
    grid.sort_by_key(|r| std::cmp::Reverse(r.len()));
    println!("{:?} is_sorted={}", grid, [1, 2, 2, 5].windows(2).all(|w| w[0] <= w[1]));
    let idx = [10, 20, 30, 40].partition_point(|&x| x < 25);
    println!("partition point {}", idx);
    let mut v: Vec<u32> = (1..=10).collect();
    v.rotate_left(3);
    println!("{:?}", v);
    v.reverse();
    v.truncate(4);
    println!("{:?} contains 7: {}", v, v.contains(&7));
    let (mn, mx) = v.iter().fold((u32::MAX, 0), |(a, b), &x| (a.min(x), b.max(x)));
    println!("min {} max {}", mn, mx);
    v.swap(0, 3);
    println!("{:?} first={:?} last={:?}", v, v.first(), v.last());
    println!("{:?}", v.iter().max_by_key(|&&x| (x % 4, x)));
}
