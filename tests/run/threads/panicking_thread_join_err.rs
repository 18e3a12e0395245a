use std::thread;

fn parse(s: &'static str) -> i32 {
    s.parse().expect("not a number")
}

fn main() {
    let ok = thread::spawn(|| parse("12"));
    let bad = thread::spawn(|| parse("x1"));
    println!("ok: {:?}", ok.join());
    let r = bad.join();
    println!("bad is_err: {}", r.is_err());
    println!("main continues");
}
