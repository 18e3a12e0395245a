// nll_accepts: the borrow taken in one branch is not live in the other
fn main() {
    let mut names = vec![String::from("ada"), String::from("bob")];
    let pick_first = names.len() > 1;
    if pick_first {
        let n = &names[0];
        println!("picked {}", n);
    } else {
        names.push(String::from("cy"));
    }
    names.push(String::from("dee"));
    println!("{}", names.len());
}
