// errors: a bank with a custom error enum, Display, ? into Box<dyn Error>, &mut results from find
use std::fmt;
#[derive(Debug)]
enum BankError { Insufficient { needed: u64, available: u64 }, Frozen, NotFound(String) }
impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            BankError::Insufficient { needed, available } => write!(f, "need {needed}, have {available}"),
            BankError::Frozen => f.write_str("account frozen"),
            BankError::NotFound(who) => write!(f, "no account {}", who),
        }
    }
}
impl std::error::Error for BankError {}
struct Bank { accounts: Vec<(String, u64, bool)> }
impl Bank {
    fn find(&mut self, who: &str) -> Result<&mut (String, u64, bool), BankError> {
        self.accounts.iter_mut().find(|a| a.0 == who).ok_or_else(|| BankError::NotFound(who.to_string()))
    }
    fn withdraw(&mut self, who: &str, amt: u64) -> Result<u64, BankError> {
        let acct = self.find(who)?;
        if acct.2 { return Err(BankError::Frozen); }
        if acct.1 < amt { return Err(BankError::Insufficient { needed: amt, available: acct.1 }); }
        acct.1 -= amt;
        Ok(acct.1)
    }
    fn transfer(&mut self, from: &str, to: &str, amt: u64) -> Result<(), Box<dyn std::error::Error>> {
        self.withdraw(from, amt)?;
        let dest = self.find(to)?;
        dest.1 += amt;
        Ok(())
    }
}
fn main() {
    let mut b = Bank { accounts: vec![("ann".into(), 100, false), ("bob".into(), 5, false), ("cy".into(), 50, true)] };
    println!("{:?}", b.withdraw("ann", 30));
    println!("{:?}", b.withdraw("bob", 30));
    match b.withdraw("cy", 1) { Err(e) => println!("{e}"), Ok(_) => {} }
    if let Err(e) = b.transfer("ann", "zed", 10) { println!("transfer failed: {e}"); }
    println!("{:?}", b.transfer("ann", "bob", 10).is_ok());
    for (n, bal, _) in &b.accounts { println!("{n}: {bal}"); }
}
