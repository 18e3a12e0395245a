fn main() {
    let n = 5u32;
    match n {
        Some(x) => println!("{}", x),
        None => {}
    }
}
