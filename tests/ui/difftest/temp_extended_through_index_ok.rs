// difftest seed 1000155: temporary
fn main() {
    let peek2 = &String::from("fig").to_uppercase()[..];
    println!("{}", peek2);
}
