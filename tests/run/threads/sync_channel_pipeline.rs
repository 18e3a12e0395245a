use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::sync_channel::<u32>(1);
    let (tx2, rx2) = mpsc::sync_channel::<u32>(0);
    let stage1 = thread::spawn(move || {
        for i in 1..=4 {
            tx.send(i).unwrap();
        }
    });
    let stage2 = thread::spawn(move || {
        for v in rx {
            tx2.send(v * v).unwrap();
        }
    });
    let squares: Vec<u32> = rx2.iter().collect();
    stage1.join().unwrap();
    stage2.join().unwrap();
    println!("{:?}", squares);
}
