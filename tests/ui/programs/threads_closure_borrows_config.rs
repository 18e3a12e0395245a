// a thread pool sketch where a spawned closure borrows a local config instead of moving it
use std::thread;

struct Config {
    name: String,
    retries: u32,
}

fn main() {
    let config = Config { name: String::from("fetcher"), retries: 3 };
    let mut handles = Vec::new();
    for id in 0..2 {
        let handle = thread::spawn(|| {
            let mut attempts = 0;
            while attempts < config.retries {
                attempts += 1;
            }
            attempts
        });
        handles.push((id, handle));
    }
    for (id, h) in handles {
        println!("worker {} made {} attempts", id, h.join().unwrap());
    }
    println!("{} done", config.name);
    println!("{}", describe(&config));
}

fn describe(c: &Config) -> String {
    let plural = if c.retries == 1 { "retry" } else { "retries" };
    format!("{} with {} {}", c.name, c.retries, plural)
}
