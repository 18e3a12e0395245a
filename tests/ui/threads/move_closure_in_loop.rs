use std::thread;
fn main() {
    let names = vec![String::from("a"), String::from("b")];
    let mut hs = Vec::new();
    for i in 0..2 {
        hs.push(thread::spawn(move || println!("{} {}", i, names.len())));
    }
    for h in hs {
        h.join().unwrap();
    }
}
