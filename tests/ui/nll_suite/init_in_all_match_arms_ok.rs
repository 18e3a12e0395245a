// every arm initializes or diverges
fn main() {
    let x: i32;
    let k = std::env::args().count();
    match k {
        1 => x = 10,
        2 => x = 20,
        _ => return,
    }
    println!("{}", x);
}
