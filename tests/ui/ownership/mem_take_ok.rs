// ownership: std::mem::take and replace move out through &mut, leaving a value behind
use std::mem;

struct Buf {
    data: Vec<u8>,
    name: String,
}

fn main() {
    let mut b = Buf { data: vec![1, 2], name: String::from("b") };
    let old = mem::take(&mut b.data);
    let old_name = mem::replace(&mut b.name, String::from("c"));
    println!("{:?} {} {:?} {}", old, old_name, b.data, b.name);
}
