fn main() {
    let s = String::from("hi");
    let a = format_args!("{} {}", s, 1);
    println!("{}", a);
    let msg = format!("{:?}", format_args!("{}-{}", 1, 2));
    println!("{}", msg);
    more();
}
fn more() {
    let a = format_args!("{}", String::from("t"));
    let b = a;
    println!("{} {} {:?}", a, b, b);
    println!("[{}]", format_args!("{:>4}", 7));
}
