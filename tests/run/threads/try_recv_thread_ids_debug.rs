use std::sync::mpsc::{self, TryRecvError};
use std::sync::{Arc, Mutex, RwLock, Weak};
use std::thread;
fn main() {
    let (tx, rx) = mpsc::channel::<u8>();
    match rx.try_recv() {
        Err(TryRecvError::Empty) => println!("empty"),
        Err(TryRecvError::Disconnected) => println!("disc"),
        Ok(v) => println!("{}", v),
    }
    tx.send(3).unwrap();
    drop(tx);
    println!("{:?}", rx.try_iter().collect::<Vec<_>>());
    println!("{:?}", rx.try_recv());
    let a = Arc::new(5);
    let w: Weak<i32> = Arc::downgrade(&a);
    println!("{} {} {:?}", Arc::strong_count(&a), Arc::weak_count(&a), w.upgrade());
    let b = Arc::clone(&a);
    let r = Arc::try_unwrap(a);
    println!("{:?}", r);
    drop(b);
    println!("{:?}", w.upgrade());
    let mut m = Mutex::new(vec![1]);
    m.get_mut().unwrap().push(2);
    println!("{:?}", m.lock().unwrap());
    println!("{:?}", m);
    let rw = RwLock::new(1);
    println!("{:?}", rw);
    let h = thread::spawn(|| thread::current().id());
    let id = h.thread().id();
    let got = h.join().unwrap();
    println!("{}", id == got);
    println!("{:?}", thread::current().id() == got);
    let s = thread::scope(|s| {
        let v = vec![1, 2];
        let h = s.spawn(move || v.len());
        h.join().unwrap()
    });
    println!("{}", s);
    let data = Arc::new(Mutex::new(0));
    let hs: Vec<thread::JoinHandle<()>> = (0..3).map(|i| { let d = data.clone(); thread::spawn(move || { let mut g = d.lock().unwrap(); *g += i; }) }).collect();
    for h in hs { h.join().unwrap(); }
    println!("{:?}", data);
}
