// types: a program rustc 1.95 accepts; every expression must get a fully inferred type
use std::collections::HashMap;
use std::cmp::Reverse;
fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C { move |x| g(f(x)) }
fn apply_all(fs: &[Box<dyn Fn(i32) -> i32>], x: i32) -> Vec<i32> { fs.iter().map(|f| f(x)).collect() }
fn count_by<T, K: std::hash::Hash + Eq, F: Fn(&T) -> K>(items: &[T], key: F) -> HashMap<K, usize> {
    let mut m = HashMap::new();
    for it in items { *m.entry(key(it)).or_insert(0) += 1; }
    m
}
fn main() {
    let h = compose(|x: i32| x + 1, |y: i32| y * 2);
    println!("{}", h(3));
    let fs: Vec<Box<dyn Fn(i32) -> i32>> = vec![Box::new(|x| x + 1), Box::new(move |x| x * x)];
    println!("{:?}", apply_all(&fs, 4));
    let words = vec!["apple", "bob", "cat", "axe"];
    let by_first = count_by(&words, |w| w.chars().next().unwrap());
    let mut keys: Vec<_> = by_first.into_iter().collect();
    keys.sort_by_key(|&(c, n)| (Reverse(n), c));
    println!("{:?}", keys);
    let upper: Vec<String> = words.iter().map(|s| s.to_uppercase()).collect();
    let owned: Vec<String> = words.iter().copied().map(String::from).collect();
    let strs: Vec<String> = [1, 2].iter().map(ToString::to_string).collect();
    let alnum: String = "a-b c!".chars().filter(|c| c.is_alphanumeric()).collect();
    println!("{:?} {:?} {:?} {}", upper, owned, strs, alnum);
    let (evens, odds): (Vec<i32>, Vec<i32>) = (1..10).partition(|n| n % 2 == 0);
    let (mn, mx) = [3, 9, 1].iter().fold((i32::MAX, i32::MIN), |(lo, hi), &x| (lo.min(x), hi.max(x)));
    println!("{:?} {:?} {} {}", evens, odds, mn, mx);
    for (i, (a, b)) in words.iter().zip(upper.iter()).enumerate().rev() { println!("{} {} {}", i, a, b); }
    let mut groups: HashMap<&str, Vec<&str>> = HashMap::new();
    for w in &words { groups.entry(if w.len() > 3 { "long" } else { "short" }).or_default().push(w); }
    let mut g: Vec<_> = groups.iter().collect();
    g.sort();
    println!("{:?}", g);
    let mut counter = 0;
    let mut bump = || { counter += 2; counter };
    bump();
    let last = bump();
    println!("{} {}", last, counter);
    let cfg: Option<&str> = None;
    let port = cfg.map(|s| s.parse::<u16>().unwrap()).unwrap_or_else(|| 8080);
    let v: Vec<u64> = Vec::with_capacity(4);
    let total: u64 = v.iter().sum::<u64>() + 1;
    let idx = words.iter().position(|&w| w == "cat").map_or(-1, |i| i as i64);
    println!("{} {} {}", port, total, idx);
    let nested: Vec<Vec<u8>> = (0..3).map(|i| vec![i; i as usize]).collect();
    let lens: Vec<usize> = nested.iter().map(Vec::len).collect();
    println!("{:?}", lens);
    let s = String::from("a,b,,c");
    let parts: Vec<&str> = s.split(',').filter(|p| !p.is_empty()).collect();
    let joined = parts.join("+");
    let bytes = s.as_bytes();
    println!("{} {} {}", joined, bytes[0], &s[2..]);
    let mut arr = [5, 3, 8];
    arr.sort();
    let sl = &arr[..2];
    let total2: i32 = sl.iter().sum();
    println!("{:?} {}", arr, total2);
}
