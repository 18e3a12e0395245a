// `&mut dyn FnMut(&str) -> usize` called repeatedly, its state read afterwards.
fn feed(words: &[&str], f: &mut dyn FnMut(&str) -> usize) -> usize {
    let mut last = 0;
    for w in words {
        last = f(w);
    }
    last
}
fn main() {
    let mut seen = Vec::new();
    let n = feed(&["a", "bb", "ccc"], &mut |w| {
        seen.push(w.len());
        seen.len()
    });
    println!("{} {:?}", n, seen);
}
