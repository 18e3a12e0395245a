use std::sync::mpsc;
fn main() {
    let (tx, rx) = mpsc::channel();
    drop(tx);
    tx.send(1).unwrap();
    println!("{:?}", rx.recv());
}
