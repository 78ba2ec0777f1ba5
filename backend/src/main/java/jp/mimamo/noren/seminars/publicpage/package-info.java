/** The region's public calendar of open seminars and the residents' own application form, with its protection against spam and floods. */
package jp.mimamo.noren.seminars.publicpage;
