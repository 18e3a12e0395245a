// collections: Vec push/get/index, iterating with &mut, median and mode with a HashMap
use std::collections::HashMap;

fn median(v: &[i32]) -> f64 {
    let mut s = v.to_vec();
    s.sort();
    let n = s.len();
    if n % 2 == 0 {
        (s[n / 2 - 1] + s[n / 2]) as f64 / 2.0
    } else {
        s[n / 2] as f64
    }
}

fn mode(v: &[i32]) -> Option<i32> {
    let mut counts = HashMap::new();
    for &x in v {
        *counts.entry(x).or_insert(0) += 1;
    }
    let mut best: Option<(i32, i32)> = None;
    for (&k, &c) in &counts {
        best = match best {
            Some((bk, bc)) if bc > c || (bc == c && bk < k) => Some((bk, bc)),
            _ => Some((k, c)),
        };
    }
    best.map(|(k, _)| k)
}

fn main() {
    let mut grades = vec![70, 85, 85, 92, 60];
    grades.push(85);
    grades.push(99);
    let third: &i32 = &grades[2];
    println!("third = {third}");
    match grades.get(20) {
        Some(g) => println!("twentieth {g}"),
        None => println!("no twentieth grade"),
    }
    for g in &mut grades {
        *g += 1;
    }
    println!("{:?}", grades);
    println!("median {:.1}", median(&grades));
    println!("mode {:?}", mode(&grades));
    println!("mode of empty {:?}", mode(&[]));
    let removed = grades.remove(0);
    println!("removed {removed}, len {}", grades.len());
    grades.retain(|&g| g > 80);
    println!("{:?} contains 100? {}", grades, grades.contains(&100));
}
