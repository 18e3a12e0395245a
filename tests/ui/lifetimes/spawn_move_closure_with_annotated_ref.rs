// lifetimes: a `move` closure holding a `&str` of a local String is spawned
fn main() {
    let s = String::from("x");
    let r: &str = &s;
    std::thread::spawn(move || println!("{}", r)).join().unwrap();
}
