// panics: panic! with formatting after output and a Drop running during unwinding
struct Logger;
impl Drop for Logger {
    fn drop(&mut self) {
        println!("logger flushed");
    }
}

fn check(level: u8) {
    match level {
        0..=3 => println!("level {} ok", level),
        4 | 5 => println!("level {} high", level),
        _ => panic!("level {} is out of range (max {})", level, 5),
    }
}

fn main() {
    let _l = Logger;
    for lvl in [1, 4, 9] {
        check(lvl);
    }
}
