// concurrency: a Vec moved into a spawned thread is used by main afterwards
use std::thread;

fn main() {
    let jobs = vec![String::from("index"), String::from("compress")];
    let handle = thread::spawn(move || {
        for j in &jobs {
            println!("running {j}");
        }
        jobs.len()
    });
    let count = handle.join().unwrap();
    println!("{count} jobs, first was {}", jobs[0]);
}
