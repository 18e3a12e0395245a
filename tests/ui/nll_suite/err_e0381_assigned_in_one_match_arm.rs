// initialized only in some match arms
fn main() {
    let x: i32;
    let k = std::env::args().count();
    match k {
        1 => x = 10,
        2 => x = 20,
        _ => {}
    }
    println!("{}", x);
}
