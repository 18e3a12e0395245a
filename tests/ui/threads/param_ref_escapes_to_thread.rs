use std::thread;
fn start(v: &Vec<i32>) {
    thread::spawn(move || println!("{:?}", v));
}

fn main() {
    let v = vec![1];
    start(&v);
}
