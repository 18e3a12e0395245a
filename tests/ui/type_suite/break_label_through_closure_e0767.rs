fn main() {
    'outer: loop {
        let f = || { break 'outer; };
        f();
    }
}
