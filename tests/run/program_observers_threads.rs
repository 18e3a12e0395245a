// programs: observers via &dyn Trait, BFS with VecDeque, Rc<RefCell<HashMap>>, RwLock/Mutex threads, channel consumer
use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;
use std::sync::{mpsc, Arc, Mutex, RwLock};
use std::thread;

trait Observer {
    fn notify(&self, event: &str) -> usize;
}

struct Logger {
    lines: RefCell<Vec<String>>,
    prefix: String,
}

impl Observer for Logger {
    fn notify(&self, event: &str) -> usize {
        self.lines.borrow_mut().push(format!("{}{}", self.prefix, event));
        self.lines.borrow().len()
    }
}

struct Bus<'a> {
    observers: Vec<&'a dyn Observer>,
}

impl<'a> Bus<'a> {
    fn emit(&self, e: &str) -> Vec<usize> {
        self.observers.iter().map(|o| o.notify(e)).collect()
    }
}

fn bfs(adj: &HashMap<u32, Vec<u32>>, start: u32) -> Vec<u32> {
    let mut seen = vec![start];
    let mut q = VecDeque::from(vec![start]);
    let mut order = Vec::new();
    while let Some(n) = q.pop_front() {
        order.push(n);
        if let Some(next) = adj.get(&n) {
            for &m in next {
                if !seen.contains(&m) {
                    seen.push(m);
                    q.push_back(m);
                }
            }
        }
    }
    order
}

fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

fn main() {
    let a = Logger { lines: RefCell::new(vec![]), prefix: "A:".into() };
    let b = Logger { lines: RefCell::new(vec![]), prefix: "B:".into() };
    let bus = Bus { observers: vec![&a, &b, &a] };
    println!("{:?}", bus.emit("start"));
    println!("{:?}", bus.emit("stop"));
    println!("{:?} {:?}", a.lines.borrow(), b.lines.borrow().len());

    let mut adj = HashMap::new();
    adj.insert(1, vec![2, 3]);
    adj.insert(2, vec![4]);
    adj.insert(3, vec![4, 5]);
    println!("{:?}", bfs(&adj, 1));

    let shared = Rc::new(RefCell::new(HashMap::new()));
    let writers: Vec<Rc<RefCell<HashMap<String, i32>>>> = (0..3).map(|_| Rc::clone(&shared)).collect();
    for (i, w) in writers.iter().enumerate() {
        *w.borrow_mut().entry(format!("k{}", i % 2)).or_insert(0) += i as i32 + 1;
    }
    let mut entries: Vec<_> = shared.borrow().iter().map(|(k, v)| (k.clone(), *v)).collect();
    entries.sort();
    println!("{:?} rc={}", entries, Rc::strong_count(&shared));

    let data = Arc::new(RwLock::new(vec![1, 2, 3]));
    let results = Arc::new(Mutex::new(Vec::new()));
    let mut handles = vec![];
    for t in 0..3 {
        let data = Arc::clone(&data);
        let results = Arc::clone(&results);
        handles.push(thread::spawn(move || {
            let sum: i32 = data.read().unwrap().iter().map(|x| x * (t + 1)).sum();
            results.lock().unwrap().push((t, sum));
        }));
    }
    for h in handles { h.join().unwrap(); }
    data.write().unwrap().push(4);
    let mut r = results.lock().unwrap().clone();
    r.sort();
    println!("{:?} {:?}", r, data.read().unwrap());

    let (tx, rx) = mpsc::channel::<String>();
    let consumer = thread::spawn(move || {
        let mut got = Vec::new();
        for msg in rx { got.push(msg.to_uppercase()); }
        got
    });
    for w in ["x", "y", "z"] { tx.send(w.to_string()).unwrap(); }
    drop(tx);
    println!("{:?}", consumer.join().unwrap());
    let s1 = String::from("short");
    let res;
    {
        let s2 = String::from("much longer");
        res = longest(&s1, &s2).to_string();
    }
    println!("{}", res);
}
