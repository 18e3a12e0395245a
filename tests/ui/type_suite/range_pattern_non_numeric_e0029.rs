fn main() {
    let s = "hello";
    match s {
        "a"..="z" => println!("lower"),
        _ => println!("other"),
    }
}
