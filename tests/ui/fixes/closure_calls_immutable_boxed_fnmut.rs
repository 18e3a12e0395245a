fn main() {
    let mut n = 0;
    let bump: Box<dyn FnMut() -> u32> = Box::new(move || {
        n += 1;
        n
    });
    let v: Vec<u32> = (0..2).map(|_| bump()).collect();
    println!("{:?}", v);
}
