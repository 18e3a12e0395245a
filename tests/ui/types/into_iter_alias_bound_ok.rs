fn to_strings<I>(it: I) -> Vec<String>
where
    I: IntoIterator,
    I::Item: ToString,
{
    it.into_iter().map(|x| x.to_string()).collect()
}
fn main() { println!("{:?}", to_strings(vec![1])); }
