// `fn(&str) -> &str` pointers: elision ties the result to the argument.
fn shout(s: &str) -> &str { s.trim_end_matches('!') }
fn main() {
    let ops: [fn(&str) -> &str; 2] = [str::trim, shout];
    let text = String::from(" hi!! ");
    for op in ops.iter() {
        let r = op(&text);
        println!("[{}]", r);
    }
}
