use std::thread;
struct Wrapper<T> {
    inner: T,
}

fn main() {
    let w = Wrapper { inner: vec![String::from("x")] };
    let h = thread::spawn(move || w.inner.len());
    println!("{}", h.join().unwrap());
}
