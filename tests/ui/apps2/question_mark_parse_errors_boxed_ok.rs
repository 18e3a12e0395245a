// `?` converting the parse errors of bool, char, ints and floats into Box<dyn Error>
use std::error::Error;

struct Opts {
    flag: bool,
    sep: char,
    n: u8,
    ratio: f32,
}

fn opts(parts: [&str; 4]) -> Result<Opts, Box<dyn Error>> {
    Ok(Opts { flag: parts[0].parse()?, sep: parts[1].parse()?, n: parts[2].parse()?, ratio: parts[3].parse()? })
}

fn main() {
    for p in [["true", ",", "7", "0.5"], ["yes", ",", "7", "1"], ["false", ",,", "1", "1"], ["false", ";", "300", "1"], ["true", "x", "1", "?"]] {
        match opts(p) {
            Ok(o) => println!("ok {} {:?} {} {}", o.flag, o.sep, o.n, o.ratio),
            Err(e) => println!("error: {}", e),
        }
    }
}
