// lifetimes: a thread closure borrowing a local without move
use std::thread;

fn main() {
    let counts = vec![1, 2, 3];
    let t = thread::spawn(|| {
        println!("{:?}", counts);
    });
    t.join().unwrap();
}
