// ownership: moving between bindings and swapping two Strings
fn main() {
    let mut a = String::from("first");
    let mut b = String::from("second");
    std::mem::swap(&mut a, &mut b);
    let c = a;
    a = b;
    b = c;
    println!("{} {}", a, b);
}
