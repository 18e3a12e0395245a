// lifetimes: map(|x| x.len()) holds nothing of the Vec: pushing afterwards is fine
fn main() {
    let mut v = vec![String::from("a"), String::from("bb")];
    let lens: Vec<usize> = v.iter().map(|x| x.len()).collect();
    v.push(String::from("c"));
    println!("{:?} {}", lens, v.len());
}
