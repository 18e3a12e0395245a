use std::thread;
#[derive(Debug)]
struct Job {
    id: u32,
    name: String,
    weights: Vec<f64>,
}

fn main() {
    let job = Job { id: 3, name: "resize".to_string(), weights: vec![0.5, 1.5] };
    let h = thread::spawn(move || {
        let total: f64 = job.weights.iter().sum();
        format!("{} #{} -> {}", job.name, job.id, total)
    });
    println!("{}", h.join().unwrap());
}
