// nll_accepts: the mutable borrow from as_mut ends before the option is read again
fn main() {
    let mut slot = Some(String::from("draft"));
    if let Some(s) = slot.as_mut() {
        s.push_str(" v2");
    }
    println!("{:?}", slot);
}
