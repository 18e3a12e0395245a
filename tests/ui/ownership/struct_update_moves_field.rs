// ownership: struct update syntax moves the remaining String field out of the base
#[derive(Debug)]
struct Config {
    name: String,
    path: String,
    level: u8,
}

fn main() {
    let base = Config { name: String::from("base"), path: String::from("/tmp"), level: 1 };
    let derived = Config { name: String::from("derived"), ..base };
    println!("{:?}", derived);
    println!("{}", base.path);
}
