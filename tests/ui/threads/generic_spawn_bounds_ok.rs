use std::thread;
fn run<F: FnOnce() -> T + Send + 'static, T: Send + 'static>(f: F) -> T {
    thread::spawn(f).join().unwrap()
}

fn main() {
    println!("{} {}", run(|| 3), run(|| String::from("x")));
}
