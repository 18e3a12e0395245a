use std::rc::Rc;
use std::thread;
struct Job {
    id: u32,
    shared: Rc<String>,
}

fn main() {
    let job = Job { id: 1, shared: Rc::new(String::from("cfg")) };
    let h = thread::spawn(move || println!("{} {}", job.id, job.shared));
    h.join().unwrap();
}
