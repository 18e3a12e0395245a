// A fixed-size thread pool: workers pull boxed jobs from a shared Receiver behind
// Arc<Mutex<..>>, results come back over a channel, and Drop closes the queue and joins.
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};

type Job = Box<dyn FnOnce() -> u64 + Send + 'static>;

enum Message {
    Run(usize, Job),
    Stop,
}

struct Worker {
    id: usize,
    handle: Option<JoinHandle<usize>>,
}

impl Worker {
    fn new(id: usize, queue: Arc<Mutex<Receiver<Message>>>, results: Sender<(usize, u64)>) -> Worker {
        let handle = thread::spawn(move || {
            let mut done = 0;
            loop {
                let msg = queue.lock().unwrap().recv();
                match msg {
                    Ok(Message::Run(job_id, job)) => {
                        let v = job();
                        results.send((job_id, v)).unwrap();
                        done += 1;
                    }
                    Ok(Message::Stop) | Err(_) => break,
                }
            }
            done
        });
        Worker { id, handle: Some(handle) }
    }
}

struct ThreadPool {
    workers: Vec<Worker>,
    sender: Option<Sender<Message>>,
    next_job: usize,
}

impl ThreadPool {
    fn new(size: usize, results: Sender<(usize, u64)>) -> ThreadPool {
        assert!(size > 0);
        let (tx, rx) = mpsc::channel();
        let rx = Arc::new(Mutex::new(rx));
        let workers = (0..size).map(|id| Worker::new(id, Arc::clone(&rx), results.clone())).collect();
        ThreadPool { workers, sender: Some(tx), next_job: 0 }
    }

    fn execute<F>(&mut self, f: F) -> usize
    where
        F: FnOnce() -> u64 + Send + 'static,
    {
        let id = self.next_job;
        self.next_job += 1;
        self.sender.as_ref().unwrap().send(Message::Run(id, Box::new(f))).unwrap();
        id
    }
}

impl Drop for ThreadPool {
    fn drop(&mut self) {
        if let Some(tx) = &self.sender {
            for _ in &self.workers {
                tx.send(Message::Stop).unwrap();
            }
        }
        drop(self.sender.take());
        let mut total = 0;
        for w in &mut self.workers {
            if let Some(h) = w.handle.take() {
                total += h.join().unwrap();
            }
            let _ = w.id;
        }
        println!("pool shut down: {} workers ran {} jobs", self.workers.len(), total);
    }
}

fn slow_sum(n: u64) -> u64 {
    (1..=n).map(|i| i * i % 7).sum()
}

fn main() {
    let (rtx, rrx) = mpsc::channel();
    let mut results = Vec::new();
    {
        let mut pool = ThreadPool::new(3, rtx);
        for n in [10u64, 200, 3000, 45, 5] {
            let id = pool.execute(move || slow_sum(n));
            println!("queued job {} (n={})", id, n);
        }
        let shared = Arc::new(Mutex::new(Vec::new()));
        for k in 0..3u64 {
            let shared = Arc::clone(&shared);
            pool.execute(move || {
                shared.lock().unwrap().push(k);
                k * 100
            });
        }
        for _ in 0..8 {
            results.push(rrx.recv().unwrap());
        }
        let mut seen = shared.lock().unwrap().clone();
        seen.sort();
        println!("side effects {:?}", seen);
    }
    results.sort();
    for (id, v) in &results {
        println!("job {} -> {}", id, v);
    }
    println!("after pool: recv = {:?}", rrx.recv().is_err());
}
