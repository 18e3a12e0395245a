// NLL-accepted patterns: match on get_mut with insert in the None arm, borrow ending before mutation, last_mut
use std::collections::HashMap;

fn add_tag(index: &mut HashMap<String, Vec<u32>>, tag: &str, id: u32) {
    match index.get_mut(tag) {
        Some(ids) => ids.push(id),
        None => {
            index.insert(tag.to_string(), vec![id]);
        }
    }
}

fn bump_last(v: &mut Vec<i32>) -> i32 {
    if let Some(last) = v.last_mut() {
        *last += 1;
        return *last;
    }
    v.push(0);
    0
}

fn longest_run(v: &[i32]) -> &[i32] {
    let mut best = &v[..0];
    let mut start = 0;
    for i in 1..=v.len() {
        if i == v.len() || v[i] != v[i - 1] {
            if i - start > best.len() {
                best = &v[start..i];
            }
            start = i;
        }
    }
    best
}

fn main() {
    let mut index: HashMap<String, Vec<u32>> = HashMap::new();
    let posts = [(1, "rust go"), (2, "rust"), (3, "go zig"), (4, "zig rust")];
    for (id, tags) in posts.iter() {
        for t in tags.split(' ') {
            add_tag(&mut index, t, *id);
        }
    }
    let mut tags: Vec<_> = index.keys().cloned().collect();
    tags.sort();
    for t in &tags {
        println!("{} -> {:?}", t, index[t]);
    }

    let mut v = Vec::new();
    println!("{} {} {}", bump_last(&mut v), bump_last(&mut v), bump_last(&mut v));

    let mut scores = vec![3, 3, 1, 7, 7, 7, 2];
    let first = &scores[0];
    println!("first {}", first);
    scores.push(9);
    let run = longest_run(&scores).to_vec();
    scores.retain(|&s| s != run[0]);
    println!("run {:?} rest {:?}", run, scores);

    let mut words = vec![String::from("a")];
    let n = words.len();
    words.push(format!("item{}", n));
    let last = words.last().unwrap().clone();
    words.push(last + "!");
    println!("{:?}", words);
}
