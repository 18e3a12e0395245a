fn main() {
    print!("partial line ");
    print!("more");
    let v: Vec<i32> = Vec::new();
    if v.is_empty() {
        std::process::exit(3);
    }
    println!("never");
}
