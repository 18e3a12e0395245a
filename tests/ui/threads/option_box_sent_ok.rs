use std::thread;
fn main() {
    let item: Option<Box<[u8; 4]>> = Some(Box::new([1, 2, 3, 4]));
    let h = thread::spawn(move || item.map(|b| b.iter().map(|x| *x as u32).sum::<u32>()));
    println!("{:?}", h.join().unwrap());
}
