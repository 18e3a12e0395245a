use std::thread;
fn main() {
    let text = String::from("one two three");
    let longest = thread::scope(|s| {
        let h = s.spawn(|| text.split(' ').max_by_key(|w| w.len()).unwrap());
        h.join().unwrap()
    });
    println!("{}", longest);
}
