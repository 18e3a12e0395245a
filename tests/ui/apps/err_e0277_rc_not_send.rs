// rejected E0277: moving an Rc<RefCell<..>> into thread::spawn (Rc is not Send)
use std::cell::RefCell;
use std::rc::Rc;
use std::thread;

struct Stats {
    processed: u32,
    errors: Vec<String>,
}

fn process(item: &str, stats: &Rc<RefCell<Stats>>) {
    let mut s = stats.borrow_mut();
    if item.parse::<i32>().is_ok() {
        s.processed += 1;
    } else {
        s.errors.push(item.to_string());
    }
}

fn main() {
    let stats = Rc::new(RefCell::new(Stats { processed: 0, errors: Vec::new() }));
    let items = vec!["1", "2", "x", "4"];
    for it in &items[..2] {
        process(it, &stats);
    }
    let worker_stats = Rc::clone(&stats);
    let rest: Vec<String> = items[2..].iter().map(|s| s.to_string()).collect();
    let handle = thread::spawn(move || {
        for it in &rest {
            process(it, &worker_stats);
        }
    });
    handle.join().unwrap();
    let s = stats.borrow();
    println!("processed {} errors {:?}", s.processed, s.errors);
}
