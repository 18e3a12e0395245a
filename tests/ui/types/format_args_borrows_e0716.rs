fn main() {
    let s = String::from("hi");
    let a = format_args!("{}", s);
    drop(s);
    println!("{}", a);
    let b;
    b = format_args!("{}", String::from("t"));
    println!("{}", b);
}
