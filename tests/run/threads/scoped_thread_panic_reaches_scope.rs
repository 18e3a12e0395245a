use std::thread;

fn main() {
    let v = vec![1, 2, 3];
    let joined = thread::scope(|s| {
        let h = s.spawn(|| v[7]);
        h.join().is_err()
    });
    println!("joined err: {}", joined);
    thread::scope(|s| {
        s.spawn(|| {
            if v.len() == 3 {
                panic!("unjoined scoped panic");
            }
        });
    });
    println!("not reached");
}
